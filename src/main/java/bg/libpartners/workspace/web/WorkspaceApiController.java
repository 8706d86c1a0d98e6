package bg.libpartners.workspace.web;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.web.ApiPage;
import bg.libpartners.workspace.Workspace;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The start page's list over the API: the same tasks, in the same order. */
@RestController
@Tag(name = "My work", description = "What waits for the signed-in person in every part of the application")
class WorkspaceApiController {

    private final Workspace workspace;
    private final MessageSource messages;

    WorkspaceApiController(Workspace workspace, MessageSource messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    @GetMapping("/api/v1/me/tasks")
    @Operation(summary = "My tasks, the most urgent first, then by due date, then the newest; each with its link")
    ApiPage<TaskView> tasks(
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        var all = TaskView.of(workspace.tasks(me), messages, locale);
        int pageSize = Math.min(Math.max(size, 1), 200);
        int from = Math.min(Math.max(page, 0) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        var content = all.subList(from, to);
        return new ApiPage<>(
                content,
                new ApiPage.Metadata(
                        pageSize, Math.max(page, 0), all.size(), (all.size() + pageSize - 1) / pageSize, true));
    }
}
