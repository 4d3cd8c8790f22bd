package org.ansoplatform.meetings.web;

import java.util.ArrayList;
import java.util.List;

/** The public registration form, bound as typed; the service checks it. */
public class RegistrationForm {

    private String name;
    private String email;
    private String country;
    private String organization;
    private String role;
    private String gender;
    private List<String> answers = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public List<String> getAnswers() {
        return answers;
    }

    public void setAnswers(List<String> answers) {
        this.answers = answers == null ? new ArrayList<>() : answers;
    }
}
