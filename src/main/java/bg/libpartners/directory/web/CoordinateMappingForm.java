package bg.libpartners.directory.web;

import bg.libpartners.directory.CoordinateField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping form of the coordinates import: which key finds the organisations ({@code keyField}: registerNo, eik
 * or id) and the file's headers of that key, the latitude and the longitude.
 */
public class CoordinateMappingForm {

    private String keyField;
    private String keyColumn;
    private String lat;
    private String lon;

    Map<String, String> toMapping() {
        var mapping = new LinkedHashMap<String, String>();
        var field = CoordinateField.byKey(keyField);
        if (field != null && field.identifies()) {
            mapping.put(field.key(), keyColumn);
        }
        mapping.put(CoordinateField.LAT.key(), lat);
        mapping.put(CoordinateField.LON.key(), lon);
        return mapping;
    }

    public String getKeyField() {
        return keyField;
    }

    public void setKeyField(String keyField) {
        this.keyField = keyField;
    }

    public String getKeyColumn() {
        return keyColumn;
    }

    public void setKeyColumn(String keyColumn) {
        this.keyColumn = keyColumn;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }
}
