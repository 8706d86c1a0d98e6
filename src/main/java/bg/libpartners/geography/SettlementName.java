package bg.libpartners.geography;

import bg.libpartners.geography.Geodata.SettlementRow;

/** One name a settlement is known by: its own, or a former one ({@code reason} then says why). */
record SettlementName(SettlementRow row, String key, String loose, String reason) {

    static SettlementName of(SettlementRow row, String name, String reason) {
        return new SettlementName(row, PlaceNames.key(name), PlaceNames.looseKey(name), reason);
    }
}
