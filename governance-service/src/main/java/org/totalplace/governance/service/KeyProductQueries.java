package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.totalplace.governance.domain.KeyProduct;
import org.totalplace.governance.domain.KeyProductStatus;

/** Reads of the key products. */
@ApplicationScoped
public class KeyProductQueries {

    public KeyProduct require(String id) {
        return Ids.asUuid(id).map(uuid -> KeyProduct.<KeyProduct>findByIdOptional(uuid)).flatMap(found -> found)
                .orElseThrow(() -> new NotFoundException("No key product has the id '" + id + "'"));
    }

    public Page<KeyProduct> list(Optional<KeyProductStatus> status, PageRequest request) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("createdAt").and("id");
        var query = KeyProduct.listed(status, sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
