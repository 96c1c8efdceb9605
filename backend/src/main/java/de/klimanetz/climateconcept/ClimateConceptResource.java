package de.klimanetz.climateconcept;

import java.util.UUID;
import de.klimanetz.climateconcept.dto.ClimateConceptRequest;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.climateconcept.dto.ClimateConceptResponse;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Versioned;
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
    public Response get(@PathParam("id") UUID id) {
        Versioned<ClimateConceptResponse> concept = service.get(id);
        return Response.ok(concept.body()).tag(EntityTags.of(concept.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ClimateConceptRequest request) {
        Versioned<ClimateConceptResponse> concept = service.update(id, ifMatch, request);
        return Response.ok(concept.body()).tag(EntityTags.of(concept.version())).build();
    }

    @GET
    @Path("/history")
    public Response history(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size,
                            UriInfo uri) {
        var changes = service.history(id, PageRequest.parse(page, size));
        return PagedResponses.ok(changes, uri);
    }
}
