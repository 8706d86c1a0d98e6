package bg.libpartners.material;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of file the platform accepts, recognised by content. Anything else is refused. */
public enum FileKind {
    DOCUMENT,
    PRESENTATION,
    SPREADSHEET,
    IMAGE,
    VIDEO,
    ARCHIVE;

    public static final Set<FileKind> ALL = EnumSet.allOf(FileKind.class);
    public static final Set<FileKind> IMAGES = EnumSet.of(IMAGE);
}
