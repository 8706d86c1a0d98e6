package bg.libpartners.security;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.ApiTokenService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.agreement.AgreementService;
import bg.libpartners.directory.CoordinateImport;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.PartnerImport;
import bg.libpartners.directory.RegisterImport;
import bg.libpartners.directory.RepresentationService;
import bg.libpartners.material.MaterialKind;
import bg.libpartners.material.MaterialService;
import bg.libpartners.material.TestFiles;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.practice.PracticeDraft;
import bg.libpartners.practice.PracticeService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The records the role × endpoint matrix acts on, all around one library of the demo coordinator's oblast: its
 * partnership with the demo partner (with an approved, signed agreement), a draft good practice with a picture, a
 * material, an API token and import batches of the demo coordinator, the demo librarian's. The actors are the demo
 * accounts plus a coordinator of another oblast and a librarian of another library of the same oblast, real users in
 * the database. {@link #values()} fills the path variables of the table's patterns.
 */
final class MatrixRecords {

    static final String OTHER_OBLAST = "VRC";

    final Map<String, CurrentUser> actors = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private MatrixRecords() {}

    static MatrixRecords create(ApplicationContext context) throws IOException {
        var records = new MatrixRecords();
        records.build(context);
        return records;
    }

    /** Placeholder name → value; path variables are looked up as {@code segment/{name}} first, then {@code {name}}. */
    Map<String, String> values() {
        return values;
    }

    private void build(ApplicationContext context) throws IOException {
        var fixtures = context.getBean(PartnershipFixtures.class);
        var users = context.getBean(UserDetailsService.class);
        var accounts = context.getBean(AccountService.class);
        var directory = context.getBean(Directory.class);
        long library = fixtures.library();
        long otherLibrary =
                directory
                        .list(OrganisationKind.LIBRARY, DemoAccounts.COORDINATOR_OBLAST, null, PageRequest.of(0, 5))
                        .stream()
                        .mapToLong(o -> o.id())
                        .filter(id -> id != library)
                        .findFirst()
                        .orElseThrow();
        actors.put("admin", fixtures.demo(Role.ADMIN));
        actors.put("coordinator", fixtures.demo(Role.COORDINATOR));
        actors.put(
                "coordinator_other",
                user(
                        users,
                        accounts,
                        "coordinator-other@matrix.test",
                        Role.COORDINATOR,
                        Scope.of(ScopeKind.OBLAST, OTHER_OBLAST)));
        actors.put("librarian", fixtures.demo(Role.LIBRARIAN));
        actors.put(
                "librarian_other",
                user(
                        users,
                        accounts,
                        "librarian-other@matrix.test",
                        Role.LIBRARIAN,
                        Scope.of(ScopeKind.LIBRARY, otherLibrary)));
        actors.put("board", fixtures.demo(Role.BOARD_MEMBER));
        actors.put("partner", fixtures.demo(Role.PARTNER));
        actors.put("expert", fixtures.demo(Role.EXPERT));

        var librarian = actors.get("librarian");
        long partnership = fixtures.create("Матрица на достъпа");
        var partnerships = context.getBean(PartnershipService.class);
        long party = partnerships.get(librarian, partnership).parties().get(0).id();
        signedAgreement(context.getBean(AgreementService.class), partnership);
        values.put("library", String.valueOf(library));
        values.put("otherLibrary", String.valueOf(otherLibrary));
        values.put("partner", String.valueOf(fixtures.partnerOrg()));
        values.put("oblast", DemoAccounts.COORDINATOR_OBLAST);
        values.put("partnerships/id", String.valueOf(partnership));
        values.put("from-partnership/partnershipId", String.valueOf(partnership));
        values.put("parties/partyId", String.valueOf(party));
        values.put("organisations/id", String.valueOf(library));
        values.put("libraries/id", String.valueOf(library));
        values.put("practices/id", String.valueOf(as(librarian, () -> practice(context, library))));
        values.put("materials/id", String.valueOf(as(librarian, () -> material(context))));
        values.put(
                "tokens/id",
                String.valueOf(context.getBean(ApiTokenService.class)
                        .create(librarian.id(), "matrix")
                        .token()
                        .id()));
        values.put("imports/batchId", registerBatch(context));
        values.put(
                "partners/batchId",
                context.getBean(PartnerImport.class)
                        .upload(
                                "Име,ЕИК\nСдружение „Матрица“,\n".getBytes(StandardCharsets.UTF_8),
                                "partners.csv",
                                actors.get("coordinator").id())
                        .batchId());
        values.put(
                "coordinates/batchId",
                context.getBean(CoordinateImport.class)
                        .upload(
                                "Рег. №;Ширина;Дължина\n999999999;42,15;24,75\n".getBytes(StandardCharsets.UTF_8),
                                "points.csv",
                                actors.get("coordinator").id())
                        .batchId());
        values.put("invitations/token", "no-such-invitation-0123456789");
        // a partner (not one of the actors) waits for rights on the demo partner organisation, which the demo
        // partner already represents: admins, the organisation's oblast coordinators and that representative decide
        var asker = user(users, accounts, "asker@matrix.test", Role.PARTNER);
        for (var asking :
                new String[] {"/organisations/{id}/representation", "/api/v1/organisations/{id}/representation-requests"
                }) {
            values.put(asking + " id", String.valueOf(fixtures.partnerOrg())); // the demo partner already holds it
        }
        values.put(
                "representation-requests/id",
                String.valueOf(context.getBean(RepresentationService.class).ask(asker, fixtures.partnerOrg())));
        values.put("oblasts/code", DemoAccounts.COORDINATOR_OBLAST);
        values.put("municipalities/code", "SOF46");
        values.put("settlements/ekatte", "68134");
        values.put("boundaries/layer", "oblasts");
        values.put("step", "1");
        values.put("number", "1");
        values.put("position", "0");
        for (var module : modules()) {
            try {
                module.addRecords(context, actors, values);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(module.getClass().getName() + " could not make its records", e);
            }
        }
    }

    /** The modules' own parts of the matrix, found on the test class path. */
    static java.util.List<MatrixModule> modules() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(MatrixModule.class));
        return scanner.findCandidateComponents("bg.libpartners").stream()
                .map(d -> d.getBeanClassName())
                .sorted()
                .map(name -> {
                    try {
                        return (MatrixModule)
                                Class.forName(name).getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(name + " needs a public no-argument constructor", e);
                    }
                })
                .toList();
    }

    private CurrentUser user(
            UserDetailsService users, AccountService accounts, String email, Role role, Scope... scope) {
        if (!accounts.exists(email)) {
            accounts.create(
                    email, role.name() + " (matrix)", role, DemoAccounts.PASSWORD, Locale.forLanguageTag("bg"), scope);
        }
        return (CurrentUser) users.loadUserByUsername(email);
    }

    /** Version 1 submitted by the librarian, approved by the board, its signed copy uploaded. */
    private void signedAgreement(AgreementService agreements, long partnership) throws IOException {
        agreements.view(actors.get("librarian"), partnership);
        agreements.submit(actors.get("librarian"), partnership);
        agreements.decide(actors.get("board"), partnership, 1, true, null);
        var signed = TestFiles.pdf("Подписано");
        agreements.uploadSigned(
                actors.get("librarian"),
                partnership,
                1,
                new org.springframework.core.io.ByteArrayResource(signed),
                signed.length);
    }

    private long practice(ApplicationContext context, long library) {
        var practices = context.getBean(PracticeService.class);
        long id = practices.draftFor(
                new PracticeDraft(
                        "Матрица: четене с ученици",
                        "Кратко описание",
                        "История",
                        "BG",
                        "Първомай",
                        List.of(),
                        Set.of(),
                        Set.of(),
                        2026,
                        2026,
                        null,
                        List.of(),
                        null,
                        null),
                library,
                DemoAccounts.COORDINATOR_OBLAST);
        try {
            practices.addImage(id, new ByteArrayInputStream(TestFiles.png()), "snimka.png", "Снимка");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return id;
    }

    private long material(ApplicationContext context) {
        try {
            return context.getBean(MaterialService.class)
                    .upload(
                            new MaterialService.Description(
                                    "Матрица: брошура", MaterialKind.BROCHURE, "bg", null, Set.of(), Set.of()),
                            new ByteArrayInputStream(TestFiles.pdf("Брошура")),
                            "broshura.pdf");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A preview of the register's first row, made by the demo coordinator. */
    private String registerBatch(ApplicationContext context) throws IOException {
        var lines = Files.readAllLines(
                Path.of("src/main/resources/directory/chitalishta-register.csv"), StandardCharsets.UTF_8);
        var csv = (lines.get(0) + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
        return context.getBean(RegisterImport.class)
                .preview(csv, "register.csv", actors.get("coordinator"))
                .batchId();
    }

    private static <T> T as(CurrentUser user, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
