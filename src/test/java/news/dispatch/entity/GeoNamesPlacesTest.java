package news.dispatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dispatch.entity.place.GeoNamesReader;
import news.dispatch.entity.place.Place;

/** A user's GeoNames dump (cities15000.txt tab format) extends the places beyond places.tsv. */
class GeoNamesPlacesTest {
    /** Three lines in the real 19-column GeoNames format (geonameid, name, asciiname, alternatenames, …). */
    private static final String CITIES = String.join("\n",
            "703325\tBrovary\tBrovary\tBrovari,Brovary,Бровари\t50.51\t30.79\tP\tPPLA2\tUA\t\t13\t\t\t\t109806\t\t117\tEurope/Kyiv\t2022-01-01",
            "4717560\tParis\tParis\t\t33.66\t-95.56\tP\tPPLA2\tUS\t\tTX\t\t\t\t24782\t\t177\tAmerica/Chicago\t2019-09-05",
            "2988507\tParis\tParis\tLutece,Paname\t48.85\t2.35\tP\tPPLC\tFR\t\t11\t75\t751\t75056\t2138551\t\t42\tEurope/Paris\t2023-01-01");
    private static NewsEntityExtractor withGeoNames;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        withGeoNames = NewsEntityExtractor.load(Files.writeString(dir.resolve("cities15000.txt"), CITIES));
    }

    @Test
    void aCityOnlyGeoNamesKnowsRollsUpToItsCountry() {
        Entities e = withGeoNames.extract("Air raid sirens sounded in Brovary and nearby towns.");
        assertEquals(Set.of("Ukraine"), Extracted.names(e.countries()));
        assertTrue(Extracted.country(e, "Ukraine").mentions().getFirst().reason().contains("GeoNames"));
    }

    @Test
    void withoutGeoNamesThatCityHasNoCountry() {
        assertEquals(Set.of(), Extracted.countries("Air raid sirens sounded in Brovary and nearby towns."));
    }

    @Test
    void aNameSharedByTwoCitiesGoesToTheMorePopulousOne(@TempDir Path dir) throws IOException {
        Map<String, Place> places = GeoNamesReader.read(Files.writeString(dir.resolve("cities15000.txt"), CITIES));
        assertEquals("FR", places.get("Paris").code());
        assertEquals("UA", places.get("Brovari").code());
    }

    @Test
    void aFileThatIsNotGeoNamesIsRefusedWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("cities.txt"), "name,country\nBrovary,UA\n");
        IOException e = assertThrows(IOException.class, () -> GeoNamesReader.read(bad));
        assertTrue(e.getMessage().contains(":1: not a GeoNames line"), e.getMessage());
    }
}
