package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DepartmentsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Departments departments = Contacts.of(wecom.client()).departments();

    @Test
    void createsDepartmentAndReturnsItsId() {
        wecom.enqueueFixture("fixtures/departments/create.json");
        long id = departments.create(DepartmentRequest.create("广州研发中心", 1)
                .nameEn("RDGZ")
                .order(1)
                .departmentId(2)
                .build());
        assertEquals(2, id);
        wecom.takePost(
                "/cgi-bin/department/create", "{'id':2,'name':'广州研发中心','name_en':'RDGZ','parentid':1,'order':1}");
    }

    @Test
    void updatesOnlyTheFieldsSet() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        departments.update(DepartmentRequest.update(2).name("新名字").build());
        wecom.takePost("/cgi-bin/department/update", "{'id':2,'name':'新名字'}");
    }

    @Test
    void deletesById() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        departments.delete(3);
        wecom.takeGet("/cgi-bin/department/delete", "id", "3");
    }

    @Test
    void listsSubtreeWithLeaders() {
        wecom.enqueueFixture("fixtures/departments/list.json");
        List<Department> list = departments.list(2).toList();
        wecom.takeGet("/cgi-bin/department/list", "id", "2");
        assertEquals(2, list.size());
        assertEquals(new Department(3, "邮箱产品部", "mail", List.of("lisi", "wangwu"), 2, 40, null), list.get(1));
    }

    @Test
    void listsWholeTreeWithoutId() {
        wecom.enqueueFixture("fixtures/departments/list.json");
        departments.list().toList();
        wecom.takeGet("/cgi-bin/department/list");
    }

    @Test
    void simpleListReturnsIdsWithParents() {
        wecom.enqueueFixture("fixtures/departments/simplelist.json");
        List<DepartmentRef> ids = departments.listSimple(1).toList();
        wecom.takeGet("/cgi-bin/department/simplelist", "id", "1");
        assertEquals(List.of(new DepartmentRef(2, 1, 10, null), new DepartmentRef(3, 2, 40, null)), ids);
    }

    @Test
    void getsOneDepartment() {
        wecom.enqueueFixture("fixtures/departments/get.json");
        Department department = departments.get(2);
        wecom.takeGet("/cgi-bin/department/get", "id", "2");
        assertEquals("RDGZ", department.nameEn());
        assertEquals(List.of("zhangsan", "lisi"), department.departmentLeaders());
    }

    @Test
    void refusesCreateWithoutNameBeforeAnyRequest() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> DepartmentRequest.create(" ", 1).build());
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesNameOverSixtyFourCharacters() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> DepartmentRequest.create("x".repeat(65), 1).build());
        assertTrue(e.getMessage().contains("64"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesErrcodeAsApiException() {
        wecom.enqueueJson("{\"errcode\":60123,\"errmsg\":\"invalid party id\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> departments.get(99));
        assertEquals(60123, e.errcode());
    }

    @Test
    void simpleListOfTheWholeTreeSendsNoId() {
        wecom.enqueueFixture("fixtures/departments/simplelist.json");
        assertEquals(2, departments.listSimple().toList().size());
        wecom.takeGet("/cgi-bin/department/simplelist");
    }

    @Test
    void listIsLazyUntilIterated() {
        departments.list();
        departments.listSimple(1);
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void builderRefusesACharacterWeComForbidsInTheName() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> DepartmentRequest.create("研发|中心", 1).build());
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @Test
    void updateRefusesARequestWithoutAnIdBeforeAnyRequest() {
        assertThrows(
                WeComValidationException.class,
                () -> departments.update(new DepartmentRequest(null, "x", null, null, null)));
        assertEquals(0, wecom.pendingRequests());
    }
}
