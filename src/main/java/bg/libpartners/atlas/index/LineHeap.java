package bg.libpartners.atlas.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The {@code limit} smallest keys seen, with their partnership and party. */
final class LineHeap {
    private final long[] keys;
    private final int[] ps;
    private final int[] qs;
    private int size;

    LineHeap(int limit) {
        keys = new long[limit];
        ps = new int[limit];
        qs = new int[limit];
    }

    void offer(long key, int p, int q) {
        if (size < keys.length) {
            int i = size++;
            while (i > 0 && keys[(i - 1) / 2] < key) {
                int parent = (i - 1) / 2;
                set(i, keys[parent], ps[parent], qs[parent]);
                i = parent;
            }
            set(i, key, p, q);
        } else if (size > 0 && key < keys[0]) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] > keys[child]) {
                    child++;
                }
                if (keys[child] <= key) {
                    break;
                }
                set(i, keys[child], ps[child], qs[child]);
                i = child;
            }
            set(i, key, p, q);
        }
    }

    private void set(int i, long key, int p, int q) {
        keys[i] = key;
        ps[i] = p;
        qs[i] = q;
    }

    /** The kept lines as {unused, partnership, party}, lowest key first. */
    List<int[]> sorted() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> keys[i]));
        var out = new ArrayList<int[]>(size);
        for (int i : order) {
            out.add(new int[] {0, ps[i], qs[i]});
        }
        return out;
    }
}
