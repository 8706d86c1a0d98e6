/**
 * Each person's place to work: the start page "Моята работа" per role with what waits for them, the help section.
 * Every module contributes its tasks by implementing {@link bg.libpartners.workspace.TaskSource}; the workspace asks
 * them all and never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package bg.libpartners.workspace;
