package bg.libpartners.atlas.index;

import java.util.Arrays;

/** A growing array of primitives for the index builder: no boxing for millions of rows. */
final class DoubleList {
    double[] a = new double[1024];
    int size;

    void add(double v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }
}
