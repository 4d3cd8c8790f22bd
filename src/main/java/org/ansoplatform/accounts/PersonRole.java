package org.ansoplatform.accounts;

import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "accounts", name = "person_role")
record PersonRole(Role role) {
}
