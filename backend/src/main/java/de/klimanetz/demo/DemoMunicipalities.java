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
import java.util.UUID;

/** About 30 NRW municipalities with their official keys (Amtlicher Gemeindeschlüssel / Kreisschlüssel). */
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
            new Entry("Hattingen", STADT, "05954020"),
            new Entry("Schwelm", STADT, "05954028"),
            new Entry("Witten", STADT, "05954040"),
            new Entry("Bochum", KREISFREIE_STADT, "05911000"),
            new Entry("Dortmund", KREISFREIE_STADT, "05913000"),
            new Entry("Hamm", KREISFREIE_STADT, "05915000"),
            new Entry("Herne", KREISFREIE_STADT, "05916000"),
            new Entry("Gelsenkirchen", KREISFREIE_STADT, "05513000"),
            new Entry("Münster", KREISFREIE_STADT, "05515000"),
            new Entry("Bielefeld", KREISFREIE_STADT, "05711000"),
            new Entry("Köln", KREISFREIE_STADT, "05315000"));

    private final MunicipalityRepository municipalities;

    DemoMunicipalities(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    /** The same key always gives the same id, so later demo data can refer to a municipality by key. */
    public static UUID idOf(String officialKey) {
        return UUID.nameUUIDFromBytes(("klimanetz-demo-municipality:" + officialKey).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    int ensurePresent() {
        OffsetDateTime loadedAt = OffsetDateTime.of(2019, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        int added = 0;
        for (Entry entry : NRW) {
            if (municipalities.findByIdOptional(idOf(entry.officialKey())).isPresent()) {
                continue;
            }
            Municipality municipality = new Municipality();
            municipality.id = idOf(entry.officialKey());
            municipality.name = entry.name();
            municipality.kind = entry.kind();
            municipality.officialKey = entry.officialKey();
            municipality.federalState = FederalState.NW;
            municipality.parent = entry.kind().belongsToKreis()
                    ? municipalities.findById(idOf(entry.officialKey().substring(0, 5)))
                    : null;
            municipality.createdAt = loadedAt;
            municipality.updatedAt = loadedAt;
            municipalities.persist(municipality);
            added++;
        }
        return added;
    }
}
