package bg.libpartners.atlas;

import bg.libpartners.platform.BadRequestException;

/** A bounding box in WGS 84 degrees: west, south, east, north, as Leaflet's {@code toBBoxString()} writes it. */
public record Bbox(double west, double south, double east, double north) {

    public static final Bbox WORLD = new Bbox(-180, -90, 180, 90);

    /** @throws BadRequestException naming {@code bbox} when malformed, out of range or inverted */
    public static Bbox parse(String value) {
        if (value == null || value.isBlank()) {
            return WORLD;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new BadRequestException("bbox", "atlas.error.bbox.format", value);
        }
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                d[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("bbox", "atlas.error.bbox.format", value);
            }
            if (!Double.isFinite(d[i])) {
                throw new BadRequestException("bbox", "atlas.error.bbox.format", value);
            }
        }
        if (d[0] < -180
                || d[2] > 180
                || d[1] < -90
                || d[3] > 90
                || d[0] > 180
                || d[2] < -180
                || d[1] > 90
                || d[3] < -90) {
            throw new BadRequestException("bbox", "atlas.error.bbox.range", value);
        }
        if (d[0] > d[2] || d[1] > d[3]) {
            throw new BadRequestException("bbox", "atlas.error.bbox.inverted", value);
        }
        return new Bbox(d[0], d[1], d[2], d[3]);
    }

    public String asParameter() {
        return west + "," + south + "," + east + "," + north;
    }
}
