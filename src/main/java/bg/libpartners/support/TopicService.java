package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The topics list the admin keeps, and the topics each expert answers. */
@Service
public class TopicService {

    private final SupportTopics topics;
    private final ExpertTopics expertTopics;
    private final TopicNameCache names;

    TopicService(SupportTopics topics, ExpertTopics expertTopics, TopicNameCache names) {
        this.topics = topics;
        this.expertTopics = expertTopics;
        this.names = names;
    }

    /** A topic to add or change; {@code code} only for a new one (upper-case letters and underscores). */
    public record TopicInput(String code, String nameBg, String nameEn, Integer targetHours, Boolean active) {}

    @Transactional
    public long save(CurrentUser me, Long id, TopicInput input, Long version) {
        if (!me.isAdmin()) {
            throw new AccessDeniedException("topics are the admin's");
        }
        var nameBg = required(input.nameBg(), "nameBg");
        var nameEn = input.nameEn() == null || input.nameEn().isBlank()
                ? nameBg
                : input.nameEn().strip();
        int target = input.targetHours() == null ? 17 : input.targetHours();
        if (target < 1 || target > 400) {
            throw new BadRequestException("targetHours", "support.error.targetHours");
        }
        if (id == null) {
            var code = input.code() == null ? "" : input.code().strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
                throw new BadRequestException("code", "support.error.topicCode");
            }
            if (topics.findByCode(code).isPresent()) {
                throw new ConflictException("support.error.topicExists", code);
            }
            int position = topics.findAllByOrderByPosition().size() + 1;
            names.forgetAfterCommit();
            return topics.save(new SupportTopic(code, nameBg, nameEn, target, position))
                    .getId();
        }
        var topic = topics.findById(id).orElseThrow(() -> new NotFoundException("support.error.topicNotFound", id));
        if (version != null && version != topic.getVersion()) {
            throw new ConflictException("support.error.conflict", topic.getVersion());
        }
        topic.change(nameBg, nameEn, target, input.active() == null || input.active());
        names.forgetAfterCommit();
        return id;
    }

    /** An expert's own topics, set by the expert, a coordinator or an admin. */
    @Transactional
    public void setExpertTopics(CurrentUser me, long expertId, Collection<String> codes) {
        boolean self = me.role() == Role.EXPERT && me.id() != null && me.id() == expertId;
        if (!self && !me.isAdmin() && me.role() != Role.COORDINATOR) {
            throw new AccessDeniedException("expert topics");
        }
        var ids = new LinkedHashSet<Long>();
        for (var code : codes == null ? java.util.List.<String>of() : codes) {
            ids.add(topics.findByCode(code)
                    .orElseThrow(() -> new BadRequestException("topics", "support.error.topicUnknown", code))
                    .getId());
        }
        expertTopics.set(expertId, ids);
    }

    private static String required(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new BadRequestException(field, "support.error.empty");
        }
        if (s.strip().length() > 200) {
            throw new BadRequestException(field, "support.error.tooLong", 200);
        }
        return s.strip();
    }
}
