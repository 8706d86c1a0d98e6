package bg.libpartners.practice.web;

import bg.libpartners.practice.Codes;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names for templates: {@code ${@practiceLabels.country('LT')}} is "Литва" on a Bulgarian page. */
@Component("practiceLabels")
public class PracticeFormat {

    public String country(String code) {
        if (code == null) {
            return "";
        }
        var name = new Locale("", code).getDisplayCountry(LocaleContextHolder.getLocale());
        return name == null || name.isBlank() ? code : name;
    }

    public List<String> countries() {
        return Codes.COUNTRIES;
    }

    public List<String> partnerTypes() {
        return Codes.PARTNER_TYPES;
    }

    public List<String> fields() {
        return Codes.FIELDS;
    }

    public List<String> targetGroups() {
        return Codes.TARGET_GROUPS;
    }
}
