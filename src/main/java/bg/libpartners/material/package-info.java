/**
 * The materials library: brochures, presentations, videos, disc images and templates about partnerships, with
 * versions, tags, links to good practices and download counts. Also the file storage every module uploads through
 * ({@link bg.libpartners.material.FileStore}, {@link bg.libpartners.material.UploadService}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Materials")
package bg.libpartners.material;
