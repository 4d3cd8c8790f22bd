package org.ansoplatform.organizations;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Organizations extends ListCrudRepository<Organization, UUID> {
}
