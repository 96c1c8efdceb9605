package de.klimanetz.municipality;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Versioned;
import de.klimanetz.municipality.dto.MunicipalityResponse;
import de.klimanetz.municipality.dto.MunicipalityRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MunicipalityService {

    private final MunicipalityRepository municipalities;

    MunicipalityService(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    @Transactional
    public Page<MunicipalityResponse> search(MunicipalitySearch search, PageRequest page) {
        return Page.of(municipalities.search(search, page), page, municipalities.count(search)).map(MunicipalityMapper::toResponse);
    }

    @Transactional
    public Versioned<MunicipalityResponse> read(UUID id) {
        return versioned(get(id));
    }

    /** The municipality itself, for other services in their transaction; 404 if there is none. */
    @Transactional
    public Municipality get(UUID id) {
        return municipalities.findWithParent(id)
                .orElseThrow(() -> ProblemException.notFound("detail.municipality-not-found", id));
    }

    @Transactional
    public Versioned<MunicipalityResponse> create(MunicipalityRequest request) {
        Municipality municipality = new Municipality();
        municipality.id = UUID.randomUUID();
        apply(request, municipality);
        municipality.markCreated();
        municipalities.persist(municipality);
        flushGuardingUniqueKey(municipality.officialKey);
        return versioned(municipality);
    }

    @Transactional
    public Versioned<MunicipalityResponse> replace(UUID id, String ifMatch, MunicipalityRequest request) {
        Municipality municipality = get(id);
        EntityTags.requireMatch(ifMatch, municipality.version);
        apply(request, municipality);
        municipality.markUpdated();
        flushGuardingUniqueKey(municipality.officialKey);
        return versioned(municipality);
    }

    private static Versioned<MunicipalityResponse> versioned(Municipality municipality) {
        return new Versioned<>(MunicipalityMapper.toResponse(municipality), municipality.version);
    }

    /** Checks the rules that tie key, kind, state and Kreis together, then copies the fields. */
    private void apply(MunicipalityRequest request, Municipality municipality) {
        List<Violation> violations = new ArrayList<>();
        String key = request.officialKey();
        MunicipalityKind kind = request.kind();
        if (key.length() != kind.officialKeyLength()) {
            violations.add(new Violation("officialKey", kind == MunicipalityKind.KREIS
                    ? "violation.official-key-kreis" : "violation.official-key-gemeinde"));
        }
        if (!key.startsWith(request.federalState().keyPrefix())) {
            violations.add(new Violation("officialKey", "violation.official-key-state"));
        }
        Municipality parent = null;
        if (request.parentId() != null) {
            if (!kind.belongsToKreis()) {
                violations.add(new Violation("parentId", "violation.parent-not-allowed"));
            } else {
                parent = municipalities.findByIdOptional(request.parentId()).orElse(null);
                if (parent == null) {
                    violations.add(new Violation("parentId", "violation.parent-unknown"));
                } else if (parent.kind != MunicipalityKind.KREIS) {
                    violations.add(new Violation("parentId", "violation.parent-not-kreis"));
                } else if (!key.startsWith(parent.officialKey)) {
                    violations.add(new Violation("officialKey", "violation.official-key-parent"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (municipalities.officialKeyTaken(key, municipality.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.official-key-taken", key);
        }
        municipality.name = request.name().strip();
        municipality.kind = kind;
        municipality.officialKey = key;
        municipality.federalState = request.federalState();
        municipality.parent = parent;
    }

    /** Two admins creating the same key at once: the unique constraint decides, the loser gets 409. */
    private void flushGuardingUniqueKey(String key) {
        try {
            municipalities.flush();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw new ProblemException(ProblemType.CONFLICT, "detail.official-key-taken", key);
            }
            throw e;
        }
    }
}
