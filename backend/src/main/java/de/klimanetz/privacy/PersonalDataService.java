package de.klimanetz.privacy;

import de.klimanetz.climateconcept.ClimateConceptRepository;
import de.klimanetz.climateconcept.ClimateConceptMapper;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.membership.MembershipService;
import de.klimanetz.membership.MembershipMapper;
import de.klimanetz.participant.CallerIdentity;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantService;
import de.klimanetz.participant.ParticipantMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class PersonalDataService {

    private final ParticipantService participants;
    private final MembershipService memberships;
    private final ClimateConceptRepository concepts;

    PersonalDataService(ParticipantService participants, MembershipService memberships, ClimateConceptRepository concepts) {
        this.participants = participants;
        this.memberships = memberships;
        this.concepts = concepts;
    }

    @Transactional
    public PersonalDataExport export(CallerIdentity caller) {
        Participant me = participants.me(caller);
        return new PersonalDataExport(
                VersionedEntity.now(),
                ParticipantMapper.ownProfile(me),
                memberships.mine().stream().map(MembershipMapper::mine).toList(),
                concepts.changedBy(me.id).stream().map(ClimateConceptMapper::change).toList());
    }
}
