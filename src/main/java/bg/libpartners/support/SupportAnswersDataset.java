package bg.libpartners.support;

import bg.libpartners.insight.OpenDataset;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The published questions and answers as open data: only the anonymised texts the expert wrote for the public and the
 * topic; never the asker, the library, the expert or the thread.
 */
@Component
class SupportAnswersDataset implements OpenDataset {

    private final KnowledgeBase knowledge;

    SupportAnswersDataset(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return "support-answers";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("id", "integer", "insight.column.support-answers.id"),
                new Column("topic", "string", "insight.column.support-answers.topic"),
                new Column("question", "string", "insight.column.support-answers.question"),
                new Column("answer", "string", "insight.column.support-answers.answer"),
                new Column("published_at", "date", "insight.column.support-answers.published_at"));
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        for (var a : knowledge.all()) {
            sink.accept(List.of(
                    a.id(),
                    a.topic(),
                    a.question(),
                    a.answer(),
                    a.publishedAt().atZone(WorkingHours.ZONE).toLocalDate()));
        }
    }

    @Override
    public Instant lastUpdated() {
        return knowledge.all().stream()
                .map(SupportViews.AnswerView::publishedAt)
                .max(Instant::compareTo)
                .orElse(null);
    }
}
