package bg.libpartners.platform;

/**
 * The version an update is based on. Over the API it comes in the body's field or else as {@code If-Match}
 * ({@code "3"}, {@code W/"3"} or {@code 3}); a service refuses an update without one with 428, so no client
 * overwrites someone else's change blindly.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {}

    /** The body's version, else the one in {@code If-Match}, else null. */
    public static Long of(Long fromBody, String ifMatch) {
        if (fromBody != null || ifMatch == null || ifMatch.isBlank()) {
            return fromBody;
        }
        var tag = ifMatch.trim();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match", "platform.error.malformedParameter", "If-Match", ifMatch);
        }
    }

    /** The version, or 428 naming {@code parameter} when the client sent none. */
    public static long required(Long version, String parameter) {
        if (version == null) {
            throw new PreconditionRequiredException(parameter);
        }
        return version;
    }
}
