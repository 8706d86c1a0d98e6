package bg.libpartners.taxonomy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a party brings, after the seed: expertise, execution, money, premises, equipment, volunteers. */
public enum Contribution {
    EXPERTISE,
    EXECUTION,
    MONEY,
    PREMISES,
    EQUIPMENT,
    VOLUNTEERS;

    public static String join(Set<Contribution> set) {
        return set == null || set.isEmpty()
                ? null
                : set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<Contribution> split(String s) {
        var set = EnumSet.noneOf(Contribution.class);
        if (s != null && !s.isBlank()) {
            Arrays.stream(s.split(","))
                    .map(String::trim)
                    .map(Contribution::valueOf)
                    .forEach(set::add);
        }
        return set;
    }
}
