package bg.libpartners.support.web;

/** The ask form: the library (one of the asker's, picked from a list), the topic, the question, a partnership. */
public class AskForm {

    private Long libraryId;
    private String topic;
    private String question;
    private Long partnershipId;

    public Long getLibraryId() {
        return libraryId;
    }

    public void setLibraryId(Long libraryId) {
        this.libraryId = libraryId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(Long partnershipId) {
        this.partnershipId = partnershipId;
    }
}
