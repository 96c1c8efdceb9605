package de.klimanetz.climateconcept;

import de.klimanetz.climateconcept.dto.ClimateConceptRequest;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Ids;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/municipalities/{id}/climate-concept")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClimateConceptResource {

    private final ClimateConceptService service;

    ClimateConceptResource(ClimateConceptService service) {
        this.service = service;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        ClimateConcept concept = service.get(Ids.parse("id", id));
        return Response.ok(ClimateConceptMapper.concept(concept))
                .tag(EntityTags.of(ClimateConceptService.etagVersion(concept))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ClimateConceptRequest request) {
        ClimateConcept concept = service.update(Ids.parse("id", id), ifMatch, request);
        return Response.ok(ClimateConceptMapper.concept(concept))
                .tag(EntityTags.of(ClimateConceptService.etagVersion(concept))).build();
    }

    @GET
    @Path("/history")
    public Response history(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
                            UriInfo uri) {
        var changes = service.history(Ids.parse("id", id), PageRequest.parse(page, size));
        return PagedResponses.ok(changes.map(ClimateConceptMapper::change), uri);
    }
}
