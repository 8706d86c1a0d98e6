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
        @NotBlank @Email @Size(max = 254)
        private String email;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    static class NewPassword {
        private String token;
        @NotBlank @Size(min = 10, max = 200)
        private String password;
        private String passwordRepeat;
        /** After a reset: revoke every API token too (asked on the reset page, ticked by default). */
        private boolean revokeTokens = true;

        boolean repeated() {
            return Objects.equals(password, passwordRepeat);
        }

        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getPasswordRepeat() { return passwordRepeat; }
        public void setPasswordRepeat(String passwordRepeat) { this.passwordRepeat = passwordRepeat; }
        public boolean isRevokeTokens() { return revokeTokens; }
        public void setRevokeTokens(boolean revokeTokens) { this.revokeTokens = revokeTokens; }
    }

    static class ChangePassword extends NewPassword {
        @NotBlank @Size(max = 200)
        private String currentPassword;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    }

    static class Accept extends NewPassword {
        @NotBlank @Size(max = 200)
        private String displayName;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
    }

    static class Invite {
        @NotBlank @Email @Size(max = 254)
        private String email;
        @NotNull
        private Role role;
        @Size(max = 40)
        private String scope;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public String getScope() { return scope; }
        public void setScope(String scope) { this.scope = scope; }
    }

    static class NewToken {
        @NotBlank @Size(max = 100)
        private String name;
        private boolean readOnly;
        @Min(1) @Max(3650)
        private Integer days;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public boolean isReadOnly() { return readOnly; }
        public void setReadOnly(boolean readOnly) { this.readOnly = readOnly; }
        public Integer getDays() { return days; }
        public void setDays(Integer days) { this.days = days; }
    }
}
