package bg.libpartners.geography.web;

import bg.libpartners.platform.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The boundary GeoJSON shipped in {@code classpath:geodata/}, held in memory (0.7 MB) with a content ETag so that a
 * browser asks again only to get a 304.
 * <p>The geography module's read-only repository of boundary shapes.
 */
@Component
class Boundaries {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final Map<String, String> FILES = Map.of(
            "oblasts",
            "geodata/oblasts.geojson",
            "municipalities",
            "geodata/municipalities.geojson",
            "country",
            "geodata/country.geojson");
    private static final CacheControl CACHE =
            CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic();

    private final Map<String, Layer> layers = new ConcurrentHashMap<>();

    record Layer(byte[] content, String etag) {}

    ResponseEntity<byte[]> serve(String name) {
        String file = FILES.get(name);
        if (file == null) {
            throw new NotFoundException("geography.boundary.notFound", name);
        }
        var layer = layers.computeIfAbsent(name, n -> read(file));
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CACHE)
                .eTag(layer.etag())
                .body(layer.content());
    }

    private static Layer read(String file) {
        try (InputStream in = Boundaries.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            byte[] content = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return new Layer(content, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
