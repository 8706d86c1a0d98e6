package bg.libpartners.support;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The topics each expert answers (table {@code support_expert_topic}). */
@Component
class ExpertTopics {

    private final JdbcClient jdbc;

    ExpertTopics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> of(Long expertId) {
        if (expertId == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select topic_id from support_expert_topic where expert_id = ?")
                .param(expertId)
                .query(Long.class)
                .list());
    }

    Map<Long, Set<Long>> all() {
        return jdbc
                .sql("select expert_id, topic_id from support_expert_topic")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .stream()
                .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toSet())));
    }

    List<Long> expertsOf(Long topicId) {
        return jdbc.sql("select expert_id from support_expert_topic where topic_id = ?")
                .param(topicId)
                .query(Long.class)
                .list();
    }

    void set(Long expertId, Collection<Long> topicIds) {
        jdbc.sql("delete from support_expert_topic where expert_id = ?")
                .param(expertId)
                .update();
        for (var topic : topicIds) {
            jdbc.sql("insert into support_expert_topic (expert_id, topic_id) values (?, ?)")
                    .param(expertId)
                    .param(topic)
                    .update();
        }
    }
}
