package bg.libpartners.material;

import bg.libpartners.platform.BadRequestException;

/** An upload passed the configured size limit; nothing of it was kept. */
public class FileTooLargeException extends BadRequestException {

    public FileTooLargeException(long maxBytes) {
        super("file", "material.file.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
    }
}
