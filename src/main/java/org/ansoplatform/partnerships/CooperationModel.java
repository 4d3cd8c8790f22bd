package org.ansoplatform.partnerships;

/** What kind of partnership an offer or a request seeks, as the Enterprise Europe Network's profiles name them. */
public enum CooperationModel {
    LICENCE, COOPERATION, JOINT_VENTURE, INVESTMENT, TECHNICAL_ASSISTANCE, COMMERCIAL_AGREEMENT
}
