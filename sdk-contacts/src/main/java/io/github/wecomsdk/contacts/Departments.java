package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * Department calls (部门管理). Writes need the contacts-sync token; {@code list} and {@code get} are
 * refused to the contacts-sync secret from IPs new since 2022-08-15 (use {@link #listSimple()}).
 * Every method throws {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link io.github.wecomsdk.core.WeComValidationException} for bad input before any request.
 */
public final class Departments {

    private final WeComClient client;

    Departments(WeComClient client) {
        this.client = client;
    }

    /**
     * Creates a department ({@code POST /cgi-bin/department/create}). The tree is at most 15 levels
     * deep and holds at most 30,000 departments.
     *
     * @param request the department, from {@link DepartmentRequest#create(String, long)}
     * @return the new department's id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code request} is null or has no parent;
     *         nothing was sent
     */
    public long create(DepartmentRequest request) {
        Checks.notNull(Checks.notNull(request, "request").parentId(), "parentid");
        return client.execute(
                        ApiRequest.post("/cgi-bin/department/create")
                                .body(request)
                                .build(),
                        Created.class)
                .id();
    }

    /**
     * Changes a department ({@code POST /cgi-bin/department/update}); only the fields set change.
     *
     * @param request the change, from {@link DepartmentRequest#update(long)}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code request} is null or has no id;
     *         nothing was sent
     */
    public void update(DepartmentRequest request) {
        Checks.notNull(Checks.notNull(request, "request").departmentId(), "id");
        client.execute(
                ApiRequest.post("/cgi-bin/department/update").body(request).build());
    }

    /**
     * Deletes a department ({@code GET /cgi-bin/department/delete}); it must have no members and no
     * sub-departments (60005, 60006), and the root cannot be deleted.
     *
     * @param departmentId the department id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void delete(long departmentId) {
        client.execute(ApiRequest.get("/cgi-bin/department/delete")
                .query("id", departmentId)
                .build());
    }

    /**
     * Every department the app can see ({@code GET /cgi-bin/department/list} without an id), fetched by
     * one request when first iterated. WeCom calls this slow and recommends {@link #listSimple()} with
     * {@link #get(long)}.
     *
     * @return the departments, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<Department> list() {
        return PagedIterable.ofSingleCall(() -> fetchList(null));
    }

    /**
     * A department and all its descendants ({@code GET /cgi-bin/department/list?id=}), fetched by one
     * request when first iterated.
     *
     * @param departmentId the department
     * @return the departments, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<Department> list(long departmentId) {
        return PagedIterable.ofSingleCall(() -> fetchList(departmentId));
    }

    /**
     * The ids of every department the app can see ({@code GET /cgi-bin/department/simplelist} without an
     * id), fetched by one request when first iterated.
     *
     * @return the department ids with their parents and order, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<DepartmentRef> listSimple() {
        return PagedIterable.ofSingleCall(() -> fetchSimple(null));
    }

    /**
     * The ids of a department and all its descendants ({@code GET /cgi-bin/department/simplelist?id=}),
     * fetched by one request when first iterated.
     *
     * @param departmentId the department
     * @return the department ids with their parents and order, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<DepartmentRef> listSimple(long departmentId) {
        return PagedIterable.ofSingleCall(() -> fetchSimple(departmentId));
    }

    /**
     * One department ({@code GET /cgi-bin/department/get}).
     *
     * @param departmentId the department id
     * @return the department
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public Department get(long departmentId) {
        return client.execute(
                        ApiRequest.get("/cgi-bin/department/get")
                                .query("id", departmentId)
                                .build(),
                        DepartmentOne.class)
                .department();
    }

    private List<Department> fetchList(Long departmentId) {
        return client.execute(
                        ApiRequest.get("/cgi-bin/department/list")
                                .query("id", departmentId)
                                .build(),
                        DepartmentList.class)
                .department();
    }

    private List<DepartmentRef> fetchSimple(Long departmentId) {
        return client.execute(
                        ApiRequest.get("/cgi-bin/department/simplelist")
                                .query("id", departmentId)
                                .build(),
                        DepartmentRefList.class)
                .departmentIds();
    }

    private record Created(@JsonProperty("id") long id) {}

    private record DepartmentList(
            @JsonProperty("department") List<Department> department) {
        DepartmentList {
            department = Models.list(department);
        }
    }

    private record DepartmentRefList(
            @JsonProperty("department_id") List<DepartmentRef> departmentIds) {
        DepartmentRefList {
            departmentIds = Models.list(departmentIds);
        }
    }

    private record DepartmentOne(@JsonProperty("department") Department department) {}
}
