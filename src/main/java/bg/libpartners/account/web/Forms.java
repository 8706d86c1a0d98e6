package bg.libpartners.account.web;

import bg.libpartners.account.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** The form objects of the account pages; entities are never bound to a request. */
final class Forms {

    private Forms() {}

    static class Forgot {
        @NotBlank
        @Email
        @Size(max = 254)
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    static class NewPassword {
        private String token;

        @NotBlank
        @Size(min = 10, max = 200)
        private String password;

        private String passwordRepeat;
        /** After a reset: revoke every API token too (asked on the reset page, ticked by default). */
        private boolean revokeTokens = true;

        boolean repeated() {
            return Objects.equals(password, passwordRepeat);
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getPasswordRepeat() {
            return passwordRepeat;
        }

        public void setPasswordRepeat(String passwordRepeat) {
            this.passwordRepeat = passwordRepeat;
        }

        public boolean isRevokeTokens() {
            return revokeTokens;
        }

        public void setRevokeTokens(boolean revokeTokens) {
            this.revokeTokens = revokeTokens;
        }
    }

    static class ChangePassword extends NewPassword {
        @NotBlank
        @Size(max = 200)
        private String currentPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }
    }

    static class Accept extends NewPassword {
        @NotBlank
        @Size(max = 200)
        private String displayName;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }
    }

    static class Invite {
        @NotBlank
        @Email
        @Size(max = 254)
        private String email;

        @NotNull
        private Role role;

        @Size(max = 40)
        private String scope;
        /** The scopes picked by name, one list per kind (each a comma-joined list of codes or ids). */
        @Size(max = 4000)
        private String oblasts;

        @Size(max = 4000)
        private String libraries;

        @Size(max = 4000)
        private String chitalishta;

        @Size(max = 4000)
        private String organisations;

        /** The scope references for the chosen role: the picked ones of its kind, and a typed one if any. */
        java.util.List<String> scopeRefs() {
            return scopeRefs(role, scope, oblasts, libraries, chitalishta, organisations);
        }

        static java.util.List<String> scopeRefs(
                Role role, String scope, String oblasts, String libraries, String chitalishta, String organisations) {
            var refs = new java.util.ArrayList<String>();
            if (scope != null && !scope.isBlank()) {
                refs.add(scope.strip());
            }
            var kind = role == null ? null : role.scopeKind();
            var picked = kind == null
                    ? null
                    : switch (kind) {
                        case OBLAST -> oblasts;
                        case LIBRARY -> libraries;
                        case CHITALISHTE -> chitalishta;
                        case ORGANISATION -> organisations;
                        case PARTY -> null;
                    };
            if (picked != null) {
                java.util.Arrays.stream(picked.split(","))
                        .map(String::strip)
                        .filter(r -> !r.isEmpty())
                        .forEach(refs::add);
            }
            return refs;
        }

        public String getOblasts() {
            return oblasts;
        }

        public void setOblasts(String oblasts) {
            this.oblasts = oblasts;
        }

        public String getLibraries() {
            return libraries;
        }

        public void setLibraries(String libraries) {
            this.libraries = libraries;
        }

        public String getChitalishta() {
            return chitalishta;
        }

        public void setChitalishta(String chitalishta) {
            this.chitalishta = chitalishta;
        }

        public String getOrganisations() {
            return organisations;
        }

        public void setOrganisations(String organisations) {
            this.organisations = organisations;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope;
        }
    }

    /** An admin's or coordinator's edit of a user: the role, the scopes picked by name, the version read. */
    static class EditUser {
        @NotNull
        private Role role;

        @Size(max = 4000)
        private String oblasts;

        @Size(max = 4000)
        private String libraries;

        @Size(max = 4000)
        private String chitalishta;

        @Size(max = 4000)
        private String organisations;

        private long version;

        java.util.List<String> scopeRefs() {
            return Invite.scopeRefs(role, null, oblasts, libraries, chitalishta, organisations);
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getOblasts() {
            return oblasts;
        }

        public void setOblasts(String oblasts) {
            this.oblasts = oblasts;
        }

        public String getLibraries() {
            return libraries;
        }

        public void setLibraries(String libraries) {
            this.libraries = libraries;
        }

        public String getChitalishta() {
            return chitalishta;
        }

        public void setChitalishta(String chitalishta) {
            this.chitalishta = chitalishta;
        }

        public String getOrganisations() {
            return organisations;
        }

        public void setOrganisations(String organisations) {
            this.organisations = organisations;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    static class Name {
        @NotBlank
        @Size(max = 200)
        private String displayName;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }
    }

    static class NewEmail {
        @NotBlank
        @Email
        @Size(max = 254)
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    static class Erasure {
        @Size(max = 1000)
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    static class NewToken {
        @NotBlank
        @Size(max = 100)
        private String name;

        private boolean readOnly;

        @Min(1)
        @Max(3650)
        private Integer days;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isReadOnly() {
            return readOnly;
        }

        public void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
        }

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }
    }
}
