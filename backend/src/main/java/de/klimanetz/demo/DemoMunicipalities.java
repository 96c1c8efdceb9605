package de.klimanetz.demo;

import static de.klimanetz.municipality.MunicipalityKind.GEMEINDE;
import static de.klimanetz.municipality.MunicipalityKind.KREIS;
import static de.klimanetz.municipality.MunicipalityKind.KREISFREIE_STADT;
import static de.klimanetz.municipality.MunicipalityKind.STADT;

import de.klimanetz.municipality.FederalState;
import de.klimanetz.municipality.Municipality;
import de.klimanetz.municipality.MunicipalityKind;
import de.klimanetz.municipality.MunicipalityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * About 30 NRW municipalities with their official keys (Amtlicher Gemeindeschlüssel, and for
 * Kreise the Kreisschlüssel, the first five digits of their Gemeinden's keys).
 *
 * <p>The keys were checked against the Gemeindeverzeichnis of Destatis as published in the annex of
 * the Mietniveau-Einstufungsverordnung (MietNEinV, BGBl. I 2021, S. 3739 ff., Gebietsstand
 * 25 January 2021), which lists every German Gemeinde with its AGS. Three keys of the
 * Ennepe-Ruhr-Kreis had been written from memory and were wrong; {@link #CORRECTED} fixes them in
 * databases that were loaded before.
 */
@ApplicationScoped
public class DemoMunicipalities {

    record Entry(String name, MunicipalityKind kind, String officialKey) {
    }

    /** Kreise first, so that their Gemeinden and Städte find them. */
    static final List<Entry> NRW = List.of(
            new Entry("Kreis Unna", KREIS, "05978"),
            new Entry("Kreis Recklinghausen", KREIS, "05562"),
            new Entry("Ennepe-Ruhr-Kreis", KREIS, "05954"),
            new Entry("Bergkamen", STADT, "05978004"),
            new Entry("Bönen", GEMEINDE, "05978008"),
            new Entry("Fröndenberg/Ruhr", STADT, "05978012"),
            new Entry("Holzwickede", GEMEINDE, "05978016"),
            new Entry("Kamen", STADT, "05978020"),
            new Entry("Lünen", STADT, "05978024"),
            new Entry("Schwerte", STADT, "05978028"),
            new Entry("Selm", STADT, "05978032"),
            new Entry("Unna", STADT, "05978036"),
            new Entry("Werne", STADT, "05978040"),
            new Entry("Castrop-Rauxel", STADT, "05562004"),
            new Entry("Datteln", STADT, "05562008"),
            new Entry("Dorsten", STADT, "05562012"),
            new Entry("Gladbeck", STADT, "05562014"),
            new Entry("Haltern am See", STADT, "05562016"),
            new Entry("Herten", STADT, "05562020"),
            new Entry("Marl", STADT, "05562024"),
            new Entry("Recklinghausen", STADT, "05562032"),
            new Entry("Hattingen", STADT, "05954016"),
            new Entry("Schwelm", STADT, "05954024"),
            new Entry("Witten", STADT, "05954036"),
            new Entry("Bochum", KREISFREIE_STADT, "05911000"),
            new Entry("Dortmund", KREISFREIE_STADT, "05913000"),
            new Entry("Hamm", KREISFREIE_STADT, "05915000"),
            new Entry("Herne", KREISFREIE_STADT, "05916000"),
            new Entry("Gelsenkirchen", KREISFREIE_STADT, "05513000"),
            new Entry("Münster", KREISFREIE_STADT, "05515000"),
            new Entry("Bielefeld", KREISFREIE_STADT, "05711000"),
            new Entry("Köln", KREISFREIE_STADT, "05315000"));

    /** Wrong keys of earlier demo data (05954020 is Herdecke, 05954028 Sprockhövel) and the right ones. */
    static final Map<String, String> CORRECTED = Map.of(
            "05954020", "05954016",
            "05954028", "05954024",
            "05954040", "05954036");

    private final MunicipalityRepository municipalities;

    DemoMunicipalities(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    /** The id a new demo municipality gets; later demo data finds it by its key ({@link #byKey}). */
    static UUID idOf(String officialKey) {
        return UUID.nameUUIDFromBytes(("klimanetz-demo-municipality:" + officialKey).getBytes(StandardCharsets.UTF_8));
    }

    /** A demo municipality by its official key (its id may stem from a key corrected since). */
    Municipality byKey(String officialKey) {
        return municipalities.find("officialKey", officialKey).firstResult();
    }

    @Transactional
    int ensurePresent() {
        OffsetDateTime loadedAt = OffsetDateTime.of(2019, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        CORRECTED.forEach((wrong, right) -> municipalities.findByIdOptional(idOf(wrong))
                .filter(municipality -> wrong.equals(municipality.officialKey))
                .ifPresent(municipality -> municipality.officialKey = right));
        municipalities.flush();
        int added = 0;
        for (Entry entry : NRW) {
            if (byKey(entry.officialKey()) != null) {
                continue;
            }
            Municipality municipality = new Municipality();
            municipality.id = idOf(entry.officialKey());
            municipality.name = entry.name();
            municipality.kind = entry.kind();
            municipality.officialKey = entry.officialKey();
            municipality.federalState = FederalState.NW;
            municipality.parent = entry.kind().belongsToKreis() ? byKey(entry.officialKey().substring(0, 5)) : null;
            municipality.createdAt = loadedAt;
            municipality.updatedAt = loadedAt;
            municipalities.persist(municipality);
            added++;
        }
        return added;
    }
}
