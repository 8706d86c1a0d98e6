package bg.libpartners.survey;

/** A campaign is prepared as a draft, launched (invitations recorded, mails queued) and closed after its last day. */
public enum CampaignStatus {
    DRAFT,
    OPEN,
    CLOSED
}
