package bg.libpartners.partnership.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.partnership.Indicator;
import bg.libpartners.partnership.IndicatorReport;
import bg.libpartners.partnership.IndicatorReport.QuarterRequest;
import bg.libpartners.partnership.IndicatorService;
import bg.libpartners.partnership.InvalidPartnershipException;
import bg.libpartners.partnership.PartnershipAccess;
import bg.libpartners.partnership.PartnershipService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The indicators page of a partnership (quarter form, chart, table), its API and the roll-ups. */
@Controller
class IndicatorController {

    private final IndicatorService indicators;
    private final PartnershipService partnerships;
    private final PartnershipAccess access;
    private final MessageSource messages;
    private final JsonMapper json;

    IndicatorController(
            IndicatorService indicators,
            PartnershipService partnerships,
            PartnershipAccess access,
            MessageSource messages,
            JsonMapper json) {
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.access = access;
        this.messages = messages;
        this.json = json;
    }

    /** A table row: the period label and each indicator formatted the Bulgarian way. */
    record Row(String period, List<String> cells) {}

    @GetMapping("/api/v1/partnerships/{id}/indicators")
    @ResponseBody
    IndicatorReport get(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return indicators.of(me, id);
    }

    @PutMapping("/api/v1/partnerships/{id}/indicators")
    @ResponseBody
    IndicatorReport put(
            @AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestBody QuarterRequest request) {
        return indicators.save(me, id, request);
    }

    @GetMapping("/api/v1/libraries/{id}/indicators")
    @ResponseBody
    IndicatorReport library(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return indicators.library(me, id);
    }

    @GetMapping("/api/v1/indicators/programme")
    @ResponseBody
    IndicatorReport programme(@AuthenticationPrincipal CurrentUser me) {
        return indicators.programme(me);
    }

    @GetMapping("/partnerships/{id}/indicators")
    String page(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            Locale locale,
            Model model) {
        var p = partnerships.get(me, id);
        var report = indicators.of(me, id);
        var today = LocalDate.now();
        int y = year != null ? year : today.getYear();
        int q = quarter != null && quarter >= 1 && quarter <= 4 ? quarter : (today.getMonthValue() - 1) / 3 + 1;
        var current = report.quarters().stream()
                .filter(x -> x.year() == y && x.quarter() == q)
                .findFirst()
                .map(IndicatorReport.Quarter::values)
                .orElse(Map.of());
        var entered = new LinkedHashMap<String, String>();
        for (var i : Indicator.values()) {
            var v = current.get(i);
            entered.put(i.name(), v == null ? "" : (i.money() ? v : v.stripTrailingZeros()).toPlainString());
        }
        model.addAttribute("p", p);
        model.addAttribute("mayEdit", access.mayEdit(me, p));
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("year", y);
        model.addAttribute("quarter", q);
        model.addAttribute("entered", entered);
        model.addAttribute(
                "rows",
                report.quarters().stream()
                        .map(x -> new Row(
                                period(x.year(), x.quarter(), locale),
                                Arrays.stream(Indicator.values())
                                        .map(i -> BgNumbers.of(x.values().get(i), i.money()))
                                        .toList()))
                        .toList());
        model.addAttribute(
                "totals",
                Arrays.stream(Indicator.values())
                        .map(i -> BgNumbers.of(report.totals().getOrDefault(i, BigDecimal.ZERO), i.money()))
                        .toList());
        model.addAttribute("chart", json.writeValueAsString(chart(report, locale)));
        return "partnership/indicators";
    }

    @PostMapping("/partnerships/{id}/indicators")
    String save(
            @AuthenticationPrincipal CurrentUser me,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Integer year = number(form.get("year"));
        Integer quarter = number(form.get("quarter"));
        var values = new LinkedHashMap<String, BigDecimal>();
        try {
            for (var i : Indicator.values()) {
                var raw = form.get("value." + i.name());
                if (raw != null && !raw.isBlank()) {
                    values.put(i.name(), decimal(raw, i));
                }
            }
            indicators.save(me, id, new QuarterRequest(year, quarter, values));
            redirect.addFlashAttribute("notice", "partnership.indicators.saved");
        } catch (InvalidPartnershipException e) {
            redirect.addFlashAttribute("errorKey", e.getMessageKey());
            redirect.addFlashAttribute("errorArgs", e.getArgs());
            redirect.addFlashAttribute("errorField", e.getParameter());
        }
        redirect.addAttribute("year", year);
        redirect.addAttribute("quarter", quarter);
        return "redirect:/partnerships/" + id + "/indicators";
    }

    private String period(int year, int quarter, Locale locale) {
        return messages.getMessage(
                "partnership.indicators.period", new Object[] {String.valueOf(year), quarter}, locale);
    }

    private Map<String, Object> chart(IndicatorReport report, Locale locale) {
        var periods = report.quarters().stream()
                .map(x -> period(x.year(), x.quarter(), locale))
                .toList();
        var series = new ArrayList<Map<String, Object>>();
        for (var i : Indicator.values()) {
            series.add(Map.of(
                    "name",
                    messages.getMessage("partnership.indicator." + i.name(), null, i.name(), locale),
                    "values",
                    report.quarters().stream()
                            .map(x -> x.values().getOrDefault(i, BigDecimal.ZERO))
                            .toList()));
        }
        return Map.of("type", "line", "periods", periods, "series", series);
    }

    private static Integer number(String s) {
        return s == null || !s.trim().matches("-?\\d{1,9}") ? null : Integer.valueOf(s.trim());
    }

    /** Accepts what people type: "1 234,50" as well as "1234.50". */
    private static BigDecimal decimal(String raw, Indicator indicator) {
        var s = raw.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidPartnershipException(
                    "values." + indicator.name(), "partnership.indicators.error.number", indicator.name());
        }
    }
}
