package bg.libpartners.browser;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.Map;

/**
 * A screenshot in 256 colours for the help: the most frequent colours (quantised to 5 bits a channel) form the
 * palette and every pixel takes the nearest, so flat backgrounds and text stay exact and the file a fraction of the
 * true-colour PNG.
 */
final class Palette {

    private Palette() {}

    static BufferedImage reduce(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] rgb = source.getRGB(0, 0, w, h, null, 0, w);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : rgb) {
            counts.merge(bucket(p), 1, Integer::sum);
        }
        var top = counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(256)
                .map(Map.Entry::getKey)
                .toList();
        int n = top.size();
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = top.get(i);
            r[i] = (byte) expand(c >> 10 & 31);
            g[i] = (byte) expand(c >> 5 & 31);
            b[i] = (byte) expand(c & 31);
        }
        var model = new IndexColorModel(8, n, r, g, b);
        var out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        var raster = out.getRaster();
        Map<Integer, Integer> nearest = new HashMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int key = bucket(rgb[y * w + x]);
                int index = nearest.computeIfAbsent(key, k -> closest(k, r, g, b));
                raster.setSample(x, y, 0, index);
            }
        }
        return out;
    }

    private static int bucket(int argb) {
        return (argb >> 19 & 31) << 10 | (argb >> 11 & 31) << 5 | (argb >> 3 & 31);
    }

    private static int expand(int five) {
        return five << 3 | five >> 2;
    }

    private static int closest(int key, byte[] r, byte[] g, byte[] b) {
        int kr = expand(key >> 10 & 31);
        int kg = expand(key >> 5 & 31);
        int kb = expand(key & 31);
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < r.length; i++) {
            long dr = kr - (r[i] & 255);
            long dg = kg - (g[i] & 255);
            long db = kb - (b[i] & 255);
            long d = dr * dr * 3 + dg * dg * 4 + db * db * 2;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
