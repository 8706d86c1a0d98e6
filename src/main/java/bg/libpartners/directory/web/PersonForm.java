package bg.libpartners.directory.web;

import bg.libpartners.directory.PersonInput;
import bg.libpartners.directory.PersonRole;
import bg.libpartners.directory.PersonView;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The page form for one person of a board or staff. */
public class PersonForm {

    private PersonRole role;
    private String name;
    private String email;
    private String phone;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termTo;

    private Long version;

    static PersonForm of(PersonView p) {
        var f = new PersonForm();
        f.role = p.role();
        f.name = p.name();
        f.email = p.email();
        f.phone = p.phone();
        f.termFrom = p.termFrom();
        f.termTo = p.termTo();
        f.version = p.version();
        return f;
    }

    PersonInput toInput() {
        return new PersonInput(role, name, email, phone, termFrom, termTo, version);
    }

    public PersonRole getRole() {
        return role;
    }

    public void setRole(PersonRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public void setTermFrom(LocalDate termFrom) {
        this.termFrom = termFrom;
    }

    public LocalDate getTermTo() {
        return termTo;
    }

    public void setTermTo(LocalDate termTo) {
        this.termTo = termTo;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
