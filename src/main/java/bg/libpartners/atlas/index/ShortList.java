package bg.libpartners.atlas.index;

import java.util.Arrays;

/** A growing array of primitives for the index builder: no boxing for millions of rows. */
final class ShortList {
    short[] a = new short[1024];
    int size;

    void add(short v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }
}
