package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.RenderLimit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

/** The brochure reads its pictures only inside a render permit, and refuses too many practices before loading. */
class BrochureRendererTest {

    final PracticeService practices = mock(PracticeService.class);
    final ITemplateEngine templates = mock(ITemplateEngine.class);
    final RenderLimit renders = mock(RenderLimit.class);
    final BrochureRenderer renderer = new BrochureRenderer(practices, templates, renders);
    final List<String> events = new ArrayList<>();

    @Test
    void picturesAreReadAndLaidOutOnlyWhileAPermitIsHeld() {
        when(practices.published(List.of(7L))).thenReturn(List.of(practice(7L)));
        when(practices.open(anyString())).thenAnswer(i -> {
            events.add("picture");
            return new ByteArrayInputStream(new byte[] {1, 2, 3});
        });
        when(templates.process(eq("practice/brochure"), any(IContext.class))).thenAnswer(i -> {
            events.add("template");
            return "<html><body><p>Брошура</p></body></html>";
        });
        doAnswer(i -> {
                    events.add("permit");
                    ((RenderLimit.Render) i.getArgument(0)).run();
                    events.add("released");
                    return null;
                })
                .when(renders)
                .run(any());

        renderer.render(List.of(7L), Locale.forLanguageTag("bg"), new ByteArrayOutputStream());

        assertThat(events).containsExactly("permit", "picture", "picture", "template", "released");
    }

    @Test
    void moreThanTheLimitIsRefusedWithHowManyWereChosenBeforeAnythingIsLoaded() {
        var ids = LongStream.rangeClosed(1, BrochureRenderer.MAX_PRACTICES + 1)
                .boxed()
                .toList();
        assertThatThrownBy(() -> renderer.render(ids, Locale.forLanguageTag("bg"), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("practice.brochure.tooMany");
                    assertThat(e.getArgs())
                            .containsExactly(BrochureRenderer.MAX_PRACTICES, BrochureRenderer.MAX_PRACTICES + 1);
                });
        verify(practices, never()).published(any());
        verify(renders, never()).run(any());
    }

    static PracticeView practice(long id) {
        var images = List.of(
                new PracticeView.Image(0, "a".repeat(64), "image/png", null),
                new PracticeView.Image(1, "b".repeat(64), "image/png", null),
                new PracticeView.Image(2, "c".repeat(64), "image/png", null));
        return new PracticeView(
                id,
                "p" + id,
                "Практика",
                "Резюме",
                "История",
                "<p>История</p>",
                "BG",
                "Враца",
                2024,
                2025,
                null,
                null,
                null,
                null,
                PracticeStatus.PUBLISHED,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                0,
                List.of(),
                Set.of(),
                Set.of(),
                List.of(),
                images,
                false);
    }
}
