import Testing
import ArchiveIngest

struct PersonIdentityTests {
    @Test func keyFoldsAccentsCaseHyphensAndSpaces() {
        #expect(PersonIdentity.key("José Luis  de la Torre") == "jose luis de la torre")
        #expect(PersonIdentity.key("Ana Ruiz-Tagle") == PersonIdentity.key("ana ruiz tagle"))
        #expect(PersonIdentity.key("B. Hartley") == "b hartley")
    }

    @Test func sameKeyOrMiddleNameDifference() {
        #expect(PersonIdentity.isSamePerson("José Luis de la Torre", "Jose Luis de la Torre"))
        #expect(PersonIdentity.isSamePerson("José Luis de la Torre", "José de la Torre"))
        #expect(PersonIdentity.isSamePerson("Harold W. Fenn", "Harold Fenn"))
        #expect(PersonIdentity.isSamePerson("Harold W. Fenn", "Harold Wallace Fenn"))
    }

    @Test func differentPeopleDoNotMatch() {
        #expect(!PersonIdentity.isSamePerson("Mary Colby", "Frank Colby"))
        #expect(!PersonIdentity.isSamePerson("Colby", "Mary Colby"))
        #expect(!PersonIdentity.isSamePerson("Harold Fenn", "Harold Fenn Jr."))
        #expect(!PersonIdentity.isSamePerson("Harold W. Fenn", "Harold K. Fenn"))
    }
}
