package bg.libpartners.platform.search;

import bg.libpartners.platform.Transliteration;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The other spellings of a name's word that people type. {@link #roundTrip}: the word as it comes back from its
 * Streamlined-System Latin through the house's Latin-to-Cyrillic mapping ("Напредък" → "Napredak" → "напредак",
 * "Братство" → "Bratstvo" → "брацтво"), so that the official Latin of any word finds it, even where the Latin is
 * ambiguous (ъ and а, тс and ц). {@link #loose}: a Latin key that also merges the spellings the law does not use
 * (Metodiy, Metodii, Metodij → metodi; Yasna, Jasna → iasna; Vaptsarov, Vapcarov → vapcarov).
 */
public final class NameSpellings {

    private static final MappingCharFilterFactory LATIN_TO_CYRILLIC;

    static {
        var args = new HashMap<String, String>();
        args.put("mapping", "bg/latin-to-cyrillic.txt");
        LATIN_TO_CYRILLIC = new MappingCharFilterFactory(args);
        try {
            LATIN_TO_CYRILLIC.inform(new ClasspathResourceLoader(NameSpellings.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NameSpellings() {}

    /** A lower-case word as its official Latin spelling reads back into Cyrillic letters. */
    public static String roundTrip(String word) {
        try (Reader in = LATIN_TO_CYRILLIC.create(new StringReader(Transliteration.toLatin(word)))) {
            var out = new StringBuilder(word.length() + 2);
            for (int c = in.read(); c >= 0; c = in.read()) {
                out.append((char) c);
            }
            return out.toString().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A lower-case word in either script as a loose Latin key: the official transliteration, then y, j and i as one
     * letter ("ii" once), ts, tz and c as one, kh as h, dj as dzh, w as v, doubled letters once.
     */
    public static String loose(String word) {
        var latin = Transliteration.toLatin(word)
                .toLowerCase(Locale.ROOT)
                .replace("š", "sh")
                .replace("č", "ch")
                .replace("ž", "zh");
        char[] folded = new char[latin.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(latin.toCharArray(), 0, folded, 0, latin.length());
        var s = new String(folded, 0, length)
                .replace("dj", "dzh")
                .replace("tz", "ts")
                .replace("ch", "č")
                .replace("sh", "š")
                .replace("zh", "ž")
                .replace("kh", "h")
                .replace("ts", "c")
                .replace("ph", "f")
                .replace('w', 'v')
                .replace('q', 'k')
                .replace("x", "ks")
                .replace('y', 'i')
                .replace('j', 'i');
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Adds each word's {@link #roundTrip} at the same position when it differs from the word (index side only). */
    public static final class RoundTripFilterFactory extends TokenFilterFactory {
        public static final String NAME = "bgRoundTrip";

        public RoundTripFilterFactory(Map<String, String> args) {
            super(args);
        }

        public RoundTripFilterFactory() {
            throw defaultCtorException();
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new Variants(input, NameSpellings::roundTrip, true);
        }
    }

    /** Replaces each word by its {@link #loose} key (index and query alike). */
    public static final class LooseFilterFactory extends TokenFilterFactory {
        public static final String NAME = "bgLooseLatin";

        public LooseFilterFactory(Map<String, String> args) {
            super(args);
        }

        public LooseFilterFactory() {
            throw defaultCtorException();
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new Variants(input, NameSpellings::loose, false);
        }
    }

    /** A word's other spelling: after it at the same position ({@code keep}), or in its place. */
    private static final class Variants extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final UnaryOperator<String> spelling;
        private final boolean keep;
        private State state;
        private String pending;

        Variants(TokenStream input, UnaryOperator<String> spelling, boolean keep) {
            super(input);
            this.spelling = spelling;
            this.keep = keep;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(state);
                term.setEmpty().append(pending);
                position.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            var word = term.toString();
            var other = spelling.apply(word);
            if (!other.equals(word)) {
                if (keep) {
                    pending = other;
                    state = captureState();
                } else {
                    term.setEmpty().append(other);
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
            state = null;
        }
    }
}
