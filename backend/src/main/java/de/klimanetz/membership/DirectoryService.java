package de.klimanetz.membership;

import de.klimanetz.access.NetworkAccess;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.membership.dto.DirectoryEntry;
import de.klimanetz.membership.dto.NetworkStats;
import de.klimanetz.membership.dto.ParticipantProfile;
import de.klimanetz.municipality.MunicipalityMapper;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reading about people: a network's directory and stats, and one person's profile as the caller may see it. */
@ApplicationScoped
public class DirectoryService {

    private final NetworkAccess access;
    private final DirectoryRepository directory;
    private final StatsRepository stats;
    private final ParticipantService participants;

    DirectoryService(NetworkAccess access, DirectoryRepository directory, StatsRepository stats,
                     ParticipantService participants) {
        this.access = access;
        this.directory = directory;
        this.stats = stats;
        this.participants = participants;
    }

    @Transactional
    public Page<DirectoryEntry> members(UUID networkId, DirectorySearch search, PageRequest page) {
        access.requireDirectoryReader(networkId);
        return Page.of(directory.page(networkId, search, page), page, directory.count(networkId, search));
    }

    @Transactional
    public NetworkStats stats(UUID networkId) {
        access.requireDirectoryReader(networkId);
        return stats.of(networkId);
    }

    /** Visible to the person, to those who share a network with them, to admins and integrations. */
    @Transactional
    public ParticipantProfile profile(UUID participantId) {
        Participant participant = participants.get(participantId);
        access.requireProfileReader(participant.id);
        boolean self = access.isCaller(participant.id);
        return new ParticipantProfile(
                participant.id,
                participant.displayName,
                participant.jobTitle,
                MunicipalityMapper.toRef(participant.municipality),
                participant.inOfficeSince,
                List.of(participant.topics),
                participant.bio,
                self || participant.showEmail ? participant.email : null,
                self || participant.showPhone ? participant.phone : null);
    }
}
