package bg.libpartners.taxonomy;

/**
 * The message key of a taxonomy code's one label: {@code taxonomy.<EnumSimpleName>.<CODE>} in the {@code taxonomy}
 * bundle. Templates write it directly ({@code #{'taxonomy.TargetGroup.' + ${g}}}); code asks here.
 */
public final class Labels {

    private Labels() {}

    public static String key(Enum<?> code) {
        return prefix(code.getDeclaringClass()) + code.name();
    }

    public static String prefix(Class<? extends Enum<?>> taxonomy) {
        return "taxonomy." + taxonomy.getSimpleName() + ".";
    }
}
