package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * Department calls (部门管理). Writes need the contacts-sync token; {@code list} and {@code get} are
 * refused to the contacts-sync secret from IPs new since 2022-08-15 (use {@link #simpleList(Long)}).
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
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public long create(DepartmentRequest request) {
        Checks.notNull(request, "request").validate(true);
        return client.execute(ApiRequest.post("/cgi-bin/department/create").body(request).build(),
                Created.class).id();
    }

    /**
     * Changes a department ({@code POST /cgi-bin/department/update}); only the fields set change.
     *
     * @param request the change, from {@link DepartmentRequest#update(long)}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void update(DepartmentRequest request) {
        Checks.notNull(request, "request").validate(false);
        client.execute(ApiRequest.post("/cgi-bin/department/update").body(request).build());
    }

    /**
     * Deletes a department ({@code GET /cgi-bin/department/delete}); it must have no members and no
     * sub-departments (60005, 60006), and the root cannot be deleted.
     *
     * @param id the department id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void delete(long id) {
        client.execute(ApiRequest.get("/cgi-bin/department/delete").query("id", id).build());
    }

    /**
     * A department and all its descendants ({@code GET /cgi-bin/department/list}). WeCom calls this
     * slow and recommends {@link #simpleList(Long)} with {@link #get(long)}.
     *
     * @param id the department, or {@code null} for the whole visible tree
     * @return the departments
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<Department> list(Long id) {
        return client.execute(ApiRequest.get("/cgi-bin/department/list").query("id", id).build(),
                DepartmentList.class).department();
    }

    /**
     * The ids of a department and all its descendants ({@code GET /cgi-bin/department/simplelist}).
     *
     * @param id the department, or {@code null} for the whole visible tree
     * @return the department ids with their parents and order
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<DepartmentRef> simpleList(Long id) {
        return client.execute(ApiRequest.get("/cgi-bin/department/simplelist").query("id", id).build(),
                DepartmentRefList.class).departmentIds();
    }

    /**
     * One department ({@code GET /cgi-bin/department/get}).
     *
     * @param id the department id
     * @return the department
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public Department get(long id) {
        return client.execute(ApiRequest.get("/cgi-bin/department/get").query("id", id).build(),
                DepartmentOne.class).department();
    }

    private record Created(@JsonProperty("id") long id) {
    }

    private record DepartmentList(@JsonProperty("department") List<Department> department) {
        DepartmentList {
            department = department == null ? List.of() : List.copyOf(department);
        }
    }

    private record DepartmentRefList(@JsonProperty("department_id") List<DepartmentRef> departmentIds) {
        DepartmentRefList {
            departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
        }
    }

    private record DepartmentOne(@JsonProperty("department") Department department) {
    }
}
