package bg.libpartners.account;

import java.util.List;

/** One demo account per role, created in demo mode and listed on the sign-in page so a newcomer can look around. */
public final class DemoAccounts {

    public static final String PASSWORD = "libpartners";
    public static final String COORDINATOR_OBLAST = "PDV";

    public static final List<Demo> ALL = List.of(
            new Demo("admin@demo.libpartners.bg", "Мария Петрова", Role.ADMIN),
            new Demo("coordinator@demo.libpartners.bg", "Георги Иванов", Role.COORDINATOR),
            new Demo("librarian@demo.libpartners.bg", "Елена Димитрова", Role.LIBRARIAN),
            new Demo("board@demo.libpartners.bg", "Николай Стоянов", Role.BOARD_MEMBER),
            new Demo("partner@demo.libpartners.bg", "Веселина Колева", Role.PARTNER),
            new Demo("expert@demo.libpartners.bg", "Красимир Тодоров", Role.EXPERT));

    public record Demo(String email, String displayName, Role role) {}

    private DemoAccounts() {}

    public static Demo of(Role role) {
        return ALL.stream().filter(d -> d.role() == role).findFirst().orElseThrow();
    }
}
