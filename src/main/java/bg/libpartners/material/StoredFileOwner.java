package bg.libpartners.material;

/**
 * A module that keeps files through {@link UploadService} answers whether a record of its own uses a file, so that a file
 * left pending by a crash is kept when its record was committed and removed when it was not.
 */
public interface StoredFileOwner {

    boolean uses(String sha256);
}
