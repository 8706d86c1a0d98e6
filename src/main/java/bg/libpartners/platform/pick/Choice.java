package bg.libpartners.platform.pick;

/**
 * One thing a person may pick in a form instead of typing its id or code: the value the form sends, the name they
 * recognise and a short hint that tells two alike names apart (the settlement, the oblast, the year).
 */
public record Choice(String value, String label, String hint) {}
