package bg.libpartners.directory.web;

import bg.libpartners.taxonomy.PartnerType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The mapping form of the partner import: field key → the file's header ({@code columns[name]}), and a default type. */
public class PartnerMappingForm {

    private Map<String, String> columns = new LinkedHashMap<>();
    private PartnerType defaultType;
    private bg.libpartners.directory.LibraryKind defaultLibraryKind;

    public bg.libpartners.directory.LibraryKind getDefaultLibraryKind() {
        return defaultLibraryKind;
    }

    public void setDefaultLibraryKind(bg.libpartners.directory.LibraryKind defaultLibraryKind) {
        this.defaultLibraryKind = defaultLibraryKind;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public void setColumns(Map<String, String> columns) {
        this.columns = columns;
    }

    public PartnerType getDefaultType() {
        return defaultType;
    }

    public void setDefaultType(PartnerType defaultType) {
        this.defaultType = defaultType;
    }
}
