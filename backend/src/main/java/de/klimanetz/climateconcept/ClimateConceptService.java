package de.klimanetz.climateconcept;

import de.klimanetz.climateconcept.dto.ClimateConceptChangeResponse;
import de.klimanetz.climateconcept.dto.ClimateConceptResponse;
import de.klimanetz.common.web.Versioned;
import de.klimanetz.common.web.Texts;
import de.klimanetz.climateconcept.ClimateConceptChange.FieldChange;
import de.klimanetz.climateconcept.dto.ClimateConceptRequest;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.municipality.MunicipalityService;
import de.klimanetz.participant.Participant;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class ClimateConceptService {

    private final ClimateConceptRepository concepts;
    private final MunicipalityService municipalities;
    private final MembershipRepository memberships;
    private final NetworkAccess access;

    ClimateConceptService(ClimateConceptRepository concepts, MunicipalityService municipalities,
                          MembershipRepository memberships, NetworkAccess access) {
        this.concepts = concepts;
        this.municipalities = municipalities;
        this.memberships = memberships;
        this.access = access;
    }

    /** The concept as stored, or a fresh NOT_STARTED one (not saved) for a municipality without a row. */
    @Transactional
    public Versioned<ClimateConceptResponse> get(UUID municipalityId) {
        return versioned(find(municipalityId));
    }

    private ClimateConcept find(UUID municipalityId) {
        municipalities.get(municipalityId);
        return concepts.findWithEditor(municipalityId).orElseGet(() -> fresh(municipalityId));
    }

    private static Versioned<ClimateConceptResponse> versioned(ClimateConcept concept) {
        return new Versioned<>(ClimateConceptMapper.concept(concept), etagVersion(concept));
    }

    /** A concept that was never saved has ETag "0"; every saved version counts up from "1". */
    static long etagVersion(ClimateConcept concept) {
        return concept.updatedAt == null ? 0 : concept.version + 1;
    }

    /**
     * Members of that municipality, coordinators of a network it takes part in, and admins edit.
     * Each saved change is kept as history (who, when, old -> new).
     */
    @Transactional
    public Versioned<ClimateConceptResponse> update(UUID municipalityId, String ifMatch, ClimateConceptRequest request) {
        ClimateConcept concept = find(municipalityId);
        Participant editor = requireEditor(municipalityId);
        EntityTags.requireMatch(ifMatch, etagVersion(concept));
        if (request.status().needsAdoptionDate() && request.adoptedOn() == null) {
            throw ProblemException.invalid(List.of(new Violation("adoptedOn", "violation.adoption-date-required")));
        }
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "status", concept.status.name(), request.status().name());
        compare(changes, "fundingProgramme", concept.fundingProgramme, Texts.blankToNull(request.fundingProgramme()));
        compare(changes, "fundingReference", concept.fundingReference, Texts.blankToNull(request.fundingReference()));
        compare(changes, "adoptedOn", str(concept.adoptedOn), str(request.adoptedOn()));
        compare(changes, "note", concept.note, Texts.blankToNull(request.note()));
        if (changes.isEmpty()) {
            return versioned(concept);
        }
        boolean isNew = concept.updatedAt == null;
        concept.status = request.status();
        concept.fundingProgramme = Texts.blankToNull(request.fundingProgramme());
        concept.fundingReference = Texts.blankToNull(request.fundingReference());
        concept.adoptedOn = request.adoptedOn();
        concept.note = Texts.blankToNull(request.note());
        concept.updatedAt = VersionedEntity.now();
        concept.updatedBy = editor;
        if (isNew) {
            concepts.persist(concept);
        }
        ClimateConceptChange change = new ClimateConceptChange();
        change.id = UUID.randomUUID();
        change.municipalityId = municipalityId;
        change.changedAt = concept.updatedAt;
        change.changedBy = editor;
        change.changes = changes;
        concepts.record(change);
        concepts.flush();
        return versioned(concept);
    }

    @Transactional
    public Page<ClimateConceptChangeResponse> history(UUID municipalityId, PageRequest page) {
        municipalities.get(municipalityId);
        return Page.of(concepts.history(municipalityId, page), page, concepts.historySize(municipalityId))
                .map(ClimateConceptMapper::change);
    }

    private Participant requireEditor(UUID municipalityId) {
        Participant caller = access.caller().orElseThrow(ForbiddenException::new);
        boolean ownMunicipality = caller.municipality != null && caller.municipality.id.equals(municipalityId);
        if (access.isAdmin() || ownMunicipality || memberships.coordinatesMemberFrom(caller.id, municipalityId)) {
            return caller;
        }
        throw new ForbiddenException();
    }

    private static ClimateConcept fresh(UUID municipalityId) {
        ClimateConcept concept = new ClimateConcept();
        concept.municipalityId = municipalityId;
        return concept;
    }

    private static void compare(List<FieldChange> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
