package bg.libpartners.atlas.index;

import java.util.Arrays;

/** A growing array of primitives for the index builder: no boxing for millions of rows. */
final class IntList {
    int[] a = new int[1024];
    int size;

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }
}
