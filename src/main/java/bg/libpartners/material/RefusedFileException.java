package bg.libpartners.material;

import bg.libpartners.platform.BadRequestException;

/** A file refused for what it contains (an executable, a disguised file, a kind not allowed here). */
public class RefusedFileException extends BadRequestException {

    public RefusedFileException(String messageKey, Object... args) {
        super("file", messageKey, args);
    }
}
